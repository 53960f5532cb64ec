/** H2 storage of the journal and read tables (built on the model; see issue "Persistence"). */
package com.rotadesk.persistence;
