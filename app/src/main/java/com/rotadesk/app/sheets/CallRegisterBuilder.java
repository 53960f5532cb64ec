package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.engine.OfficeEngine;

/** Builds the call register from the engine's phone-channel visits (R21). */
public final class CallRegisterBuilder {
    /** The register of the engine's current day. */
    public CallRegister build(OfficeEngine engine) {
        return new CallRegister(SheetDay.of(engine), SheetDay.office(engine),
                RegisterLines.of(engine, Channel.PHONE));
    }
}
