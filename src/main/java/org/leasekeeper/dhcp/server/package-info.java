@NullMarked
package org.leasekeeper.dhcp.server;

import org.jspecify.annotations.NullMarked;
