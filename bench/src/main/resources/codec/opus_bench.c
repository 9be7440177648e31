/*
 * Times Debian's libopus per 20 ms frame, for the AgentBar benchmark (io.agentbar.bench.codec).
 * Built at bench time: gcc -O2 -o opus_bench opus_bench.c -I/usr/include/opus -lopus
 *
 *   opus_bench encode PCM_IN PACKETS_OUT WARMUP FRAMES   PCM_IN: raw s16le, 48 kHz mono
 *   opus_bench decode PACKETS_IN WARMUP FRAMES           PACKETS: per packet a 2-byte big-endian length, then the bytes
 *   opus_bench version                                   prints the linked libopus version
 *
 * Frames cycle through the input. Only the FRAMES after WARMUP are timed (CLOCK_MONOTONIC around the whole loop, so
 * the clock costs nothing per frame). Prints one line: "frames=N total_ns=T bytes=B checksum=C"; exits 1 on any error.
 * The encoder settings mirror AgentBar's OpusAudioEncoder: VOIP, 32 kb/s, complexity 10, voice, constrained VBR,
 * DTX off, in-band FEC on, 10 % loss hint; the Java side passes the same values.
 */
#include <opus.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RATE 48000
#define FRAME 960
#define MAX_PACKET 1500
#define MAX_DECODED 5760

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static unsigned char *read_all(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size > 0 ? *size : 1);
    if (!data || fread(data, 1, *size, f) != (size_t) *size) { fprintf(stderr, "cannot read %s\n", path); exit(1); }
    fclose(f);
    return data;
}

static int check(const char *what, int rc) {
    if (rc != OPUS_OK) { fprintf(stderr, "%s: %s\n", what, opus_strerror(rc)); exit(1); }
    return rc;
}

static int encode(const char *pcm_path, const char *packets_path, long warmup, long frames) {
    long size;
    unsigned char *raw = read_all(pcm_path, &size);
    long available = size / (2 * FRAME);
    if (available < 1) { fprintf(stderr, "%s holds no full frame\n", pcm_path); return 1; }
    opus_int16 *pcm = malloc(available * FRAME * sizeof(opus_int16));
    for (long i = 0; i < available * FRAME; i++) {
        pcm[i] = (opus_int16) (raw[2 * i] | (raw[2 * i + 1] << 8)); /* little-endian whatever the host */
    }
    int rc;
    OpusEncoder *enc = opus_encoder_create(RATE, 1, OPUS_APPLICATION_VOIP, &rc);
    check("opus_encoder_create", rc);
    check("bitrate", opus_encoder_ctl(enc, OPUS_SET_BITRATE(32000)));
    check("complexity", opus_encoder_ctl(enc, OPUS_SET_COMPLEXITY(10)));
    check("signal", opus_encoder_ctl(enc, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)));
    check("vbr", opus_encoder_ctl(enc, OPUS_SET_VBR(1)));
    check("cvbr", opus_encoder_ctl(enc, OPUS_SET_VBR_CONSTRAINT(1)));
    check("dtx", opus_encoder_ctl(enc, OPUS_SET_DTX(0)));
    check("fec", opus_encoder_ctl(enc, OPUS_SET_INBAND_FEC(1)));
    check("loss", opus_encoder_ctl(enc, OPUS_SET_PACKET_LOSS_PERC(10)));
    check("frame", opus_encoder_ctl(enc, OPUS_SET_EXPERT_FRAME_DURATION(OPUS_FRAMESIZE_20_MS)));

    /* the timed packets are kept in memory and written afterwards, so file I/O is never timed */
    unsigned char *out = malloc(frames * (MAX_PACKET + 2));
    long used = 0, bytes = 0;
    long long start = 0;
    for (long i = 0; i < warmup + frames; i++) {
        if (i == warmup) start = now_ns();
        unsigned char *packet = out + used + 2;
        int n = opus_encode(enc, pcm + (i % available) * FRAME, FRAME, packet, MAX_PACKET);
        if (n <= 0) { fprintf(stderr, "opus_encode failed at frame %ld: %s\n", i, opus_strerror(n)); return 1; }
        if (i >= warmup) {
            out[used] = (unsigned char) (n >> 8);
            out[used + 1] = (unsigned char) n;
            used += 2 + n;
            bytes += n;
        }
    }
    long long total = now_ns() - start;
    FILE *f = fopen(packets_path, "wb");
    if (!f || fwrite(out, 1, used, f) != (size_t) used || fclose(f) != 0) { perror(packets_path); return 1; }
    printf("frames=%ld total_ns=%lld bytes=%ld checksum=0\n", frames, total, bytes);
    opus_encoder_destroy(enc);
    return 0;
}

static int decode(const char *packets_path, long warmup, long frames) {
    long size;
    unsigned char *data = read_all(packets_path, &size);
    long count = 0;
    for (long at = 0; at + 2 <= size; count++) at += 2 + ((data[at] << 8) | data[at + 1]);
    if (count == 0) { fprintf(stderr, "%s holds no packet\n", packets_path); return 1; }
    long *offsets = malloc(count * sizeof(long));
    for (long i = 0, at = 0; i < count; i++) { offsets[i] = at; at += 2 + ((data[at] << 8) | data[at + 1]); }
    int rc;
    OpusDecoder *dec = opus_decoder_create(RATE, 1, &rc);
    check("opus_decoder_create", rc);
    opus_int16 pcm[MAX_DECODED];
    long long checksum = 0, start = 0;
    long bytes = 0;
    for (long i = 0; i < warmup + frames; i++) {
        if (i == warmup) start = now_ns();
        unsigned char *p = data + offsets[i % count];
        int len = (p[0] << 8) | p[1];
        int n = opus_decode(dec, p + 2, len, pcm, MAX_DECODED, 0);
        if (n != FRAME) { fprintf(stderr, "opus_decode gave %d at packet %ld\n", n, i); return 1; }
        checksum += pcm[i % FRAME];
        if (i >= warmup) bytes += len;
    }
    long long total = now_ns() - start;
    printf("frames=%ld total_ns=%lld bytes=%ld checksum=%lld\n", frames, total, bytes, checksum);
    opus_decoder_destroy(dec);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "version") == 0) {
        printf("%s\n", opus_get_version_string());
        return 0;
    }
    if (argc == 6 && strcmp(argv[1], "encode") == 0) {
        return encode(argv[2], argv[3], atol(argv[4]), atol(argv[5]));
    }
    if (argc == 5 && strcmp(argv[1], "decode") == 0) {
        return decode(argv[2], atol(argv[3]), atol(argv[4]));
    }
    fprintf(stderr, "usage: opus_bench encode PCM_IN PACKETS_OUT WARMUP FRAMES | decode PACKETS_IN WARMUP FRAMES | version\n");
    return 2;
}
