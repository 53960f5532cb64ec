package com.rotadesk.model;

/** One rotation: a group on a channel. */
public record RotationKey(String group, Channel channel) {
}
