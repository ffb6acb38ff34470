package org.leasekeeper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Leasekeeper: a DHCPv4 lease server with a PostgreSQL lease store and an HTTP API. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LeasekeeperApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeasekeeperApplication.class, args);
    }
}
