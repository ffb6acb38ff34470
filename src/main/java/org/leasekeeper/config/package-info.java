@NullMarked
package org.leasekeeper.config;

import org.jspecify.annotations.NullMarked;
