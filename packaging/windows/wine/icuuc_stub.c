/* A stand-in for Windows' own icuuc.dll, for Wine only: never shipped in the installer.
 *
 * Windows 10 (1703 and later) and 11 carry ICU as a system library, and Qt 6 on Windows links
 * to it: Qt6Core.dll imports the ucnv_* converter functions from icuuc.dll, for text codecs
 * beyond the ones Qt implements itself (UTF-8/16/32, Latin-1, the system code page). Wine 8
 * has no icuuc.dll, so no Qt program starts there. This stub exports those functions and
 * reports every converter as unavailable (as ICU does for a name it does not know); Qt then
 * treats such an encoding as unsupported. GrantDesk reads and writes only UTF-8 and SQLite,
 * so nothing it does goes through these functions. Built with mingw-w64 by wine-env.sh and
 * put into the Wine prefix's system32, where Windows keeps its own.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef uint16_t UChar;
typedef struct UConverter UConverter;
typedef void (*Callback)(void);

enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err, UErrorCode code) {
    if (err && *err <= 0) *err = code;
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err, U_FILE_ACCESS_ERROR); return NULL; }
EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }
EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err, U_UNSUPPORTED_ERROR); return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_getToUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old,
                                const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old; (void)oldContext; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old,
                                  const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context; (void)old; (void)oldContext; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_toUnicode(UConverter *cnv, UChar **target, const UChar *targetLimit, const char **source,
                           const char *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *targetLimit, const UChar **source,
                             const UChar *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err, U_UNSUPPORTED_ERROR); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offsetIndex, UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offsetIndex; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *sourceLimit, int32_t offsetIndex,
                                    UErrorCode *err) {
    (void)args; (void)source; (void)sourceLimit; (void)offsetIndex; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units, int32_t length,
                                            int32_t codePoint, int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)codePoint; (void)reason; fail(err, U_UNSUPPORTED_ERROR);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)reason; fail(err, U_UNSUPPORTED_ERROR);
}
