package io.agentbar.app.config;

import com.github.javakeyring.Keyring;
import io.agentbar.core.account.Secret;
import io.agentbar.core.account.SecretStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Passwords in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager). Where no
 * keychain answers (a headless box without D-Bus), nothing is stored and the app asks each run.
 * Never a file, never base64.
 */
public final class KeyringSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);
    private static final String SERVICE = "AgentBar";

    @Override
    public Optional<Secret> load(String key) {
        try (Keyring keyring = Keyring.create()) {
            String value = keyring.getPassword(SERVICE, key);
            return value == null ? Optional.empty() : Optional.of(Secret.of(value));
        } catch (Exception | LinkageError e) {
            LOG.info("no password in a keychain for {} ({})", key, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean save(String key, Secret secret) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, key, secret.revealAsString());
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info("no keychain to keep the password of {} ({}); it will be asked for next time", key,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public void delete(String key) {
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, key);
        } catch (Exception | LinkageError e) {
            LOG.debug("nothing deleted from a keychain for {}", key);
        }
    }
}
