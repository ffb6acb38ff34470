@NullMarked
package org.leasekeeper.dhcp.codec;

import org.jspecify.annotations.NullMarked;
