package com.rotadesk.app.sheets;

import com.rotadesk.model.Channel;
import com.rotadesk.model.engine.OfficeEngine;

/** Builds the visit register from the engine's walk-in visits. */
public final class VisitRegisterBuilder {
    /** The register of the engine's current day. */
    public VisitRegister build(OfficeEngine engine) {
        return new VisitRegister(SheetDay.of(engine), SheetDay.office(engine),
                RegisterLines.of(engine, Channel.WALK_IN));
    }
}
