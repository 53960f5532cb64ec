package com.rotadesk.model;

/** Where a visit stands. */
public enum VisitState {
    /** Nobody could take the visitor yet (R9). */
    WAITING,
    /** With a consultant. */
    RECEIVING,
    /** The visitor left after the reception (送客). */
    ENDED,
    /** The visitor left before anyone received them. */
    GONE,
    /** A call, logged when taken (R21). */
    CALL_TAKEN
}
