package io.agentbar.app.api;

import io.agentbar.core.call.CallId;

/** A status code and a JSON body: {@code {"ok":true,...}} on success, {@code {"error":"..."}} otherwise. */
record ApiResponse(int status, String body) {
    static ApiResponse ok(Json json) {
        return new ApiResponse(200, json.toString());
    }

    static ApiResponse error(int status, String message) {
        return new ApiResponse(status, Json.object().put("error", message).toString());
    }

    static ApiResponse of(CommandOutcome outcome) {
        return switch (outcome) {
            case CommandOutcome.Accepted a -> ok(Json.object().put("ok", true)
                    .putStrings("calls", a.calls().stream().map(CallId::value).toList()));
            case CommandOutcome.NoSuchCall n -> error(404, "no call " + n.call().value());
            case CommandOutcome.Refused r -> error(409, r.reason());
            case CommandOutcome.Invalid i -> error(400, i.reason());
            case CommandOutcome.NotSupported n -> error(501, n.command() + " is not supported yet");
        };
    }
}
