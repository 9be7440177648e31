/**
 * The local control API: a loopback-only HTTP server with a per-user bearer token, whose paths
 * follow the XCALLY Phonebar API so existing CTI integrations keep working, plus a server-sent
 * events stream of the phone's events. See {@code docs/api.md}.
 *
 * <pre>
 *  client --HTTP--> ApiServer --(loopback? Host? size? token?)--> Routes --> PhoneCommands
 *                                                                              |
 *                      PhoneApiBinding (the one adapter over Phone) <----------'
 *  client <--SSE--- EventStream <-- one EventClient per connection (bounded queue, own thread)
 *                                        ^--- PhoneEvent (phone thread only offers, never blocks)
 * </pre>
 */
package io.agentbar.app.api;
