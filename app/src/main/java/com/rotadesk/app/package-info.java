/** The JavaFX desk, the daily sheets and the command line (built on persistence and the model). */
package com.rotadesk.app;
