@NullMarked
package org.leasekeeper.web;

import org.jspecify.annotations.NullMarked;
