/**
 * Operating Leasekeeper: the embedded development database, the startup summary, health groups, pool
 * metrics, lease operation timers and clear start-up failures. Nothing here holds lease rules.
 */
@NullMarked
package org.leasekeeper.ops;

import org.jspecify.annotations.NullMarked;
