@NullMarked
package org.leasekeeper.subnet;

import org.jspecify.annotations.NullMarked;
