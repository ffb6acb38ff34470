package org.leasekeeper.web;

/**
 * A request parameter that binding accepted but that is still wrong (such as a {@code cursor} this API did not
 * make): answered with the {@code validation} problem naming the parameter.
 */
public class InvalidParameter extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
