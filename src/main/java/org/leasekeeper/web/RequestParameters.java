package org.leasekeeper.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The name a client knows a handler method parameter by: its query parameter or path variable name. */
final class RequestParameters {

    private RequestParameters() {
    }

    static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return JsonProblems.BODY;
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter" : name;
    }
}
