@NullMarked
package org.leasekeeper.net;

import org.jspecify.annotations.NullMarked;
