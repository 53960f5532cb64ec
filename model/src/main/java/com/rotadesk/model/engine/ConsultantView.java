package com.rotadesk.model.engine;

import com.rotadesk.model.ConsultantStatus;

import java.time.LocalDateTime;

/** One consultant's day as the board shows it. */
public record ConsultantView(String name, String group, ConsultantStatus status, LocalDateTime signedInAt,
        LocalDateTime signedOutAt, int openReceptions, int violations, int declines) {
}
