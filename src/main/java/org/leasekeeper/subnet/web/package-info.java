@NullMarked
package org.leasekeeper.subnet.web;

import org.jspecify.annotations.NullMarked;
