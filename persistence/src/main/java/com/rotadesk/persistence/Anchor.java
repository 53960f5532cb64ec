package com.rotadesk.persistence;

/**
 * A record of where the chain stood, kept outside the journal: the head record, a backup's name, or an anchor
 * printed on a signed sheet.
 *
 * @param source what it is, in words ("the head record", "backup rotadesk-….zip", "the anchor given")
 * @param paper  read off paper by a person: a restore does not excuse it
 */
public record Anchor(String source, ChainHead head, boolean paper) {
}
