package com.rotadesk.model.engine;

import com.rotadesk.model.Channel;

/** One rotation: a group on a channel. */
public record RotationKey(String group, Channel channel) {
}
