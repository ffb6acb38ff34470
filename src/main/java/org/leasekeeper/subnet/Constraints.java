package org.leasekeeper.subnet;

import org.springframework.dao.DataIntegrityViolationException;

/** Names the database constraint a {@link DataIntegrityViolationException} broke, from its cause chain. */
final class Constraints {

    private Constraints() {
    }

    static boolean violated(DataIntegrityViolationException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && constraint.equals(c.getConstraintName())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.contains("\"" + constraint + "\"")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
