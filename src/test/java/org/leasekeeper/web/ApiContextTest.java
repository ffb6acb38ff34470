package org.leasekeeper.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.leasekeeper.support.DatabaseTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application with MockMvc on the test database, configured the same way for every HTTP test of
 * the API so they share one cached context (and one small connection pool) instead of starting one each.
 * Runs a real server on a random port too, for what only Tomcat does (chunked bodies, malformed URIs).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "leasekeeper.api.token=" + ApiContextTest.WRITE_TOKEN,
        "leasekeeper.api.read-token=" + ApiContextTest.READ_TOKEN,
        "leasekeeper.dhcp.enabled=false",
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.minimum-idle=1"})
@AutoConfigureMockMvc
@DatabaseTest
public @interface ApiContextTest {

    String WRITE_TOKEN = "write-token-4f1c2a9e";
    String READ_TOKEN = "read-token-77b0d3e1";
}
