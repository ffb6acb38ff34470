/**
 * End-to-end tests: the packaged Leasekeeper, a throw-away PostgreSQL and real DHCP clients (ISC dhclient,
 * busybox udhcpc, dhcpcd) in network namespaces that the tests create and remove. Nothing runs in, or sends
 * to, the machine's own network namespace.
 */
@NullMarked
package org.leasekeeper.e2e;

import org.jspecify.annotations.NullMarked;
