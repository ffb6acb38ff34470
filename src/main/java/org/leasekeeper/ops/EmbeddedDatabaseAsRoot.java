package org.leasekeeper.ops;

/** The development database was asked for by root, as whom PostgreSQL refuses to run. */
class EmbeddedDatabaseAsRoot extends RuntimeException {

    EmbeddedDatabaseAsRoot() {
        super("Embedded PostgreSQL cannot run as root: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME,"
                + " SPRING_DATASOURCE_PASSWORD) to a PostgreSQL database, or start Leasekeeper as a normal user.");
    }
}
