package com.rotadesk.model.engine.state;

/** Who first received a phone today on a channel, and whether as a non-buyer (R10 same-day repeat). */
public record FirstReception(String consultant, boolean nonBuyer) {
}
