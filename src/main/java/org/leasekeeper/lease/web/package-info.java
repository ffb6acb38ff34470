@NullMarked
package org.leasekeeper.lease.web;

import org.jspecify.annotations.NullMarked;
