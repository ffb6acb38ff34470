@NullMarked
package org.leasekeeper.security;

import org.jspecify.annotations.NullMarked;
