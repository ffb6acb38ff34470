package org.leasekeeper.web;

import org.leasekeeper.net.Cidr;
import org.leasekeeper.net.ClientId;
import org.leasekeeper.net.Ipv4Address;
import org.leasekeeper.net.MacAddress;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take network values as path variables and query parameters
 * ({@code @PathVariable Ipv4Address ip}, {@code @RequestParam MacAddress hwAddress}). A value that does not
 * parse becomes the {@code validation} problem naming the parameter, with the parser's message.
 */
@Configuration(proxyBeanMethods = false)
class NetValueConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Ipv4Address.class, (Converter<String, Ipv4Address>) Ipv4Address::parse);
        registry.addConverter(String.class, MacAddress.class, (Converter<String, MacAddress>) MacAddress::parse);
        registry.addConverter(String.class, ClientId.class, (Converter<String, ClientId>) ClientId::parse);
        registry.addConverter(String.class, Cidr.class, (Converter<String, Cidr>) Cidr::parse);
    }
}
