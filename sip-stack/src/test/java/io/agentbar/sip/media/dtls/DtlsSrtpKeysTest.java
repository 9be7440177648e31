package io.agentbar.sip.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DtlsSrtpKeysTest {
    /** Bytes 0..59: each byte tells where in the exporter output it came from. */
    private static byte[] counting(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    private static byte[] range(int from, int to) {
        return Arrays.copyOfRange(counting(to), from, to);
    }

    @Test
    void clientSendsWithTheClientHalvesInRfc5764Order() {
        DtlsSrtpKeys keys = DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80, counting(60),
                DtlsRole.CLIENT);

        // client_key | server_key | client_salt | server_salt = 16 | 16 | 14 | 14
        assertThat(keys.localMasterKey()).isEqualTo(range(0, 16));
        assertThat(keys.remoteMasterKey()).isEqualTo(range(16, 32));
        assertThat(keys.localMasterSalt()).isEqualTo(range(32, 46));
        assertThat(keys.remoteMasterSalt()).isEqualTo(range(46, 60));
    }

    @Test
    void serverSeesTheSameMaterialCrosswise() {
        byte[] material = counting(56); // GCM: 16 | 16 | 12 | 12
        DtlsSrtpKeys client = DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AEAD_AES_128_GCM, material, DtlsRole.CLIENT);
        DtlsSrtpKeys server = DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AEAD_AES_128_GCM, material, DtlsRole.SERVER);

        assertThat(server.localMasterKey()).isEqualTo(client.remoteMasterKey()).isEqualTo(range(16, 32));
        assertThat(server.localMasterSalt()).isEqualTo(client.remoteMasterSalt()).isEqualTo(range(44, 56));
        assertThat(server.remoteMasterSalt()).isEqualTo(range(32, 44));
    }

    @Test
    void keysAreCopiedInAndOut() {
        DtlsSrtpKeys keys = DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_32, counting(60),
                DtlsRole.CLIENT);

        keys.localMasterKey()[0] = 99;

        assertThat(keys.localMasterKey()[0]).isZero();
        assertThat(keys).isEqualTo(DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_32,
                counting(60), DtlsRole.CLIENT));
    }

    @Test
    void wrongLengthsAreRefused() {
        assertThatThrownBy(() -> DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80,
                counting(56), DtlsRole.CLIENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DtlsSrtpKeys(DtlsSrtpProfile.AEAD_AES_128_GCM, new byte[16], new byte[14],
                new byte[16], new byte[12])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringIsRedacted() {
        byte[] material = new byte[60];
        Arrays.fill(material, (byte) 0x5A);
        DtlsSrtpKeys keys = DtlsSrtpKeys.fromKeyingMaterial(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80, material,
                DtlsRole.SERVER);

        assertThat(keys.toString()).contains("AES128_CM_HMAC_SHA1_80", "redacted")
                .doesNotContainIgnoringCase("5a5a").doesNotContain("90, 90");
    }
}
