// OpenSSL's libcrypto for Swift: only the SHA-256 digest (EVP), which uses the CPU's SHA
// instructions when it has them. Wrapped in plain functions so Swift sees no macros.
#ifndef GALLEY_CCRYPTO_SHIM_H
#define GALLEY_CCRYPTO_SHIM_H
#include <openssl/evp.h>

/// A new SHA-256 context, or NULL when libcrypto cannot make one.
static inline EVP_MD_CTX *galley_sha256_new(void) {
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    if (context && EVP_DigestInit_ex(context, EVP_sha256(), NULL) != 1) {
        EVP_MD_CTX_free(context);
        return NULL;
    }
    return context;
}

/// Adds bytes; returns 1 on success.
static inline int galley_sha256_update(EVP_MD_CTX *context, const void *bytes, size_t count) {
    return EVP_DigestUpdate(context, bytes, count);
}

/// Writes the 32-byte digest into `out`, frees the context; returns 1 on success.
static inline int galley_sha256_finish(EVP_MD_CTX *context, unsigned char *out) {
    unsigned int length = 0;
    int ok = EVP_DigestFinal_ex(context, out, &length);
    EVP_MD_CTX_free(context);
    return ok == 1 && length == 32;
}

/// Frees a context that will not be finished.
static inline void galley_sha256_free(EVP_MD_CTX *context) { EVP_MD_CTX_free(context); }

/// The digest of one buffer in one call (no context kept); returns 1 on success.
static inline int galley_sha256_oneshot(const void *bytes, size_t count, unsigned char *out) {
    unsigned int length = 0;
    return EVP_Digest(bytes, count, out, &length, EVP_sha256(), NULL) == 1 && length == 32;
}
#endif
