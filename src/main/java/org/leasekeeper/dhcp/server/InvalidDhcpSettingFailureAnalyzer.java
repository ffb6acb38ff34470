package org.leasekeeper.dhcp.server;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** Turns a bad {@code LEASEKEEPER_DHCP_*} value into one line naming the variable instead of a stack trace. */
class InvalidDhcpSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDhcpSetting> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDhcpSetting cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct " + cause.variable() + ", or set LEASEKEEPER_DHCP_ENABLED=false to run without the DHCP listener.",
                cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
