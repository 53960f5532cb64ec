package com.rotadesk.model.engine;

import com.rotadesk.model.Channel;

import java.util.List;

/** A rotation's list in order, with the pointer as the number of consultants above it. */
public record RotationView(String group, Channel channel, List<String> members, int pointer, int round) {
}
