package io.agentbar.sip.media.dtls;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The SRTP master keys a DTLS-SRTP handshake produced. "Local" keys protect what we send, "remote" keys
 * what we receive: the DTLS client sends with the client_write key (RFC 5764 §4.2). The arrays are
 * copied in and out; {@link #toString()} never shows them.
 */
public record DtlsSrtpKeys(DtlsSrtpProfile profile, byte[] localMasterKey, byte[] localMasterSalt,
                           byte[] remoteMasterKey, byte[] remoteMasterSalt) {

    public DtlsSrtpKeys {
        Objects.requireNonNull(profile, "profile");
        localMasterKey = checked(localMasterKey, profile.masterKeyLength(), "local key");
        remoteMasterKey = checked(remoteMasterKey, profile.masterKeyLength(), "remote key");
        localMasterSalt = checked(localMasterSalt, profile.masterSaltLength(), "local salt");
        remoteMasterSalt = checked(remoteMasterSalt, profile.masterSaltLength(), "remote salt");
    }

    /** Exports this association's SRTP keys (RFC 5764 §4.2) once its handshake has completed. */
    static DtlsSrtpKeys export(org.bouncycastle.tls.TlsContext context, DtlsSrtpProfile profile, DtlsRole role) {
        byte[] material = context.exportKeyingMaterial(org.bouncycastle.tls.ExporterLabel.dtls_srtp, null,
                2 * (profile.masterKeyLength() + profile.masterSaltLength()));
        try {
            return fromKeyingMaterial(profile, material, role);
        } finally {
            Arrays.fill(material, (byte) 0); // the record holds its own copies
        }
    }

    /**
     * Splits the exporter output {@code client_key | server_key | client_salt | server_salt}
     * (RFC 5764 §4.2) and assigns the halves by our role.
     */
    static DtlsSrtpKeys fromKeyingMaterial(DtlsSrtpProfile profile, byte[] material, DtlsRole role) {
        int k = profile.masterKeyLength();
        int s = profile.masterSaltLength();
        if (material.length != 2 * (k + s)) {
            throw new IllegalArgumentException("keying material has " + material.length + " bytes");
        }
        byte[] clientKey = Arrays.copyOfRange(material, 0, k);
        byte[] serverKey = Arrays.copyOfRange(material, k, 2 * k);
        byte[] clientSalt = Arrays.copyOfRange(material, 2 * k, 2 * k + s);
        byte[] serverSalt = Arrays.copyOfRange(material, 2 * k + s, 2 * (k + s));
        return role == DtlsRole.CLIENT
                ? new DtlsSrtpKeys(profile, clientKey, clientSalt, serverKey, serverSalt)
                : new DtlsSrtpKeys(profile, serverKey, serverSalt, clientKey, clientSalt);
    }

    /** The wire id of {@link #profile()}. */
    public int protectionProfile() {
        return profile.id();
    }

    @Override
    public byte[] localMasterKey() {
        return localMasterKey.clone();
    }

    @Override
    public byte[] localMasterSalt() {
        return localMasterSalt.clone();
    }

    @Override
    public byte[] remoteMasterKey() {
        return remoteMasterKey.clone();
    }

    @Override
    public byte[] remoteMasterSalt() {
        return remoteMasterSalt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DtlsSrtpKeys other && profile == other.profile
                && MessageDigest.isEqual(localMasterKey, other.localMasterKey)
                && MessageDigest.isEqual(localMasterSalt, other.localMasterSalt)
                && MessageDigest.isEqual(remoteMasterKey, other.remoteMasterKey)
                && MessageDigest.isEqual(remoteMasterSalt, other.remoteMasterSalt);
    }

    @Override
    public int hashCode() {
        // deliberately not derived from key bytes: a hash code can end up in logs or heap dumps
        return profile.hashCode();
    }

    @Override
    public String toString() {
        return "DtlsSrtpKeys[" + profile + ", keys=<redacted>]";
    }

    private static byte[] checked(byte[] bytes, int length, String what) {
        Objects.requireNonNull(bytes, what);
        if (bytes.length != length) {
            throw new IllegalArgumentException(what + " must have " + length + " bytes, not " + bytes.length);
        }
        return bytes.clone();
    }
}
