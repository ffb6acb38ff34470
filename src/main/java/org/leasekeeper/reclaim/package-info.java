@NullMarked
package org.leasekeeper.reclaim;

import org.jspecify.annotations.NullMarked;
