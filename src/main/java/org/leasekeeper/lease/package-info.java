@NullMarked
package org.leasekeeper.lease;

import org.jspecify.annotations.NullMarked;
