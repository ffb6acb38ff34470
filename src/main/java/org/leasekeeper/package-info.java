@NullMarked
package org.leasekeeper;

import org.jspecify.annotations.NullMarked;
