package org.leasekeeper.dhcp.server;

/** A {@code LEASEKEEPER_DHCP_*} variable has a value the DHCP listener cannot start with. */
class InvalidDhcpSetting extends IllegalArgumentException {

    private final String variable;

    InvalidDhcpSetting(String variable, String problem) {
        super(variable + ": " + problem);
        this.variable = variable;
    }

    String variable() {
        return variable;
    }
}
