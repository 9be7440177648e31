/** Settings on disk (atomic writes) and the keychain-backed password store. */
package io.agentbar.app.config;
