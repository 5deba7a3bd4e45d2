//! TLS to database servers. Whenever TLS is used, the server's certificate is verified: against
//! the CA file given with `sslrootcert=` (`ssl-ca=` for MySQL) or the system's roots. Unlike
//! libpq, `require` verifies too (an unverified channel hides a machine in the middle, and the
//! scan sends a password over it); `verify-ca` checks the chain but not the host name.

use super::DbTarget;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::PathBuf;
use std::sync::Arc;

/// How much TLS a connection wants (PostgreSQL's `sslmode` names; MySQL's `ssl-mode` mapped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TlsMode {
    /// Plain TCP.
    Disable,
    /// TLS (verified) when the server offers it, plain TCP when it has none.
    Prefer,
    /// TLS or no connection; chain and host name verified.
    Require,
    /// TLS; the chain verified, the host name not.
    VerifyCa,
    /// TLS; chain and host name verified.
    VerifyFull,
}

/// The TLS settings of one target.
#[derive(Debug, Clone)]
pub(crate) struct TlsSettings {
    pub mode: TlsMode,
    /// PEM file of the CA certificates to trust instead of the system's.
    pub root_cert: Option<PathBuf>,
}

impl TlsMode {
    fn parse(value: &str) -> Option<TlsMode> {
        Some(match value.to_ascii_lowercase().replace('_', "-").as_str() {
            "disable" | "disabled" => TlsMode::Disable,
            "allow" | "prefer" | "preferred" => TlsMode::Prefer,
            "require" | "required" => TlsMode::Require,
            "verify-ca" => TlsMode::VerifyCa,
            "verify-full" | "verify-identity" => TlsMode::VerifyFull,
            _ => return None,
        })
    }
}

impl TlsSettings {
    /// From the URI: `sslmode=` or `ssl-mode=`, `sslrootcert=` or `ssl-ca=`; `prefer` by default.
    pub fn from_target(target: &DbTarget) -> Result<TlsSettings, String> {
        let mode = match target.param("sslmode").or(target.param("ssl-mode")).or(target.param("ssl_mode")) {
            None => TlsMode::Prefer,
            Some(v) => TlsMode::parse(v).ok_or_else(|| format!("sslmode={v}: use disable, prefer, require, verify-ca or verify-full"))?,
        };
        let root_cert = target.param("sslrootcert").or(target.param("ssl-ca")).or(target.param("ssl_ca")).map(PathBuf::from);
        if let Some(path) = &root_cert {
            if !path.is_file() {
                return Err(format!("sslrootcert={}: no such file", path.display()));
            }
        }
        Ok(TlsSettings { mode, root_cert })
    }

    /// A rustls client configuration that verifies as the mode says.
    pub fn client_config(&self) -> Result<ClientConfig, String> {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut roots = RootCertStore::empty();
        match &self.root_cert {
            Some(path) => {
                let certs = CertificateDer::pem_file_iter(path)
                    .and_then(|it| it.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| format!("sslrootcert={}: {e}", path.display()))?;
                if certs.is_empty() {
                    return Err(format!("sslrootcert={}: no PEM certificate in it", path.display()));
                }
                for cert in certs {
                    roots.add(cert).map_err(|e| format!("sslrootcert={}: {e}", path.display()))?;
                }
            }
            None => {
                let found = rustls_native_certs::load_native_certs();
                roots.add_parsable_certificates(found.certs);
                if roots.is_empty() {
                    return Err("no trusted CA certificates on this system: give the server's CA with sslrootcert=/path/ca.pem".into());
                }
            }
        }
        let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone()).build().map_err(|e| format!("TLS roots: {e}"))?;
        let verifier: Arc<dyn ServerCertVerifier> = if self.mode == TlsMode::VerifyCa { Arc::new(ChainOnly(webpki)) } else { webpki };
        Ok(ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS: {e}"))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth())
    }
}

/// A TLS failure with what to do about it (the usual one: a private CA the system does not know).
pub(crate) fn explain(error: &str) -> String {
    let lower = error.to_ascii_lowercase();
    if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
        format!("{error} (the server's certificate is not trusted: give its CA with sslrootcert=/path/ca.pem; sslmode=disable connects without TLS, and the password then crosses the network in clear)")
    } else if lower.contains("not valid for name") || lower.contains("notvalidforname") {
        format!("{error} (connect by a name the certificate holds, or sslmode=verify-ca to check the chain only)")
    } else {
        error.to_string()
    }
}

/// `verify-ca`: the WebPKI verifier with a certificate for another name accepted.
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            // The name is checked after the chain, so this error means the chain was good.
            Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. })) => {
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(uri: &str) -> Result<TlsSettings, String> {
        TlsSettings::from_target(&DbTarget::parse(uri).expect("uri"))
    }

    #[test]
    fn modes_from_either_dialect() {
        assert_eq!(settings("postgres://h/db").expect("ok").mode, TlsMode::Prefer);
        assert_eq!(settings("postgres://h/db?sslmode=disable").expect("ok").mode, TlsMode::Disable);
        assert_eq!(settings("postgres://h/db?sslmode=verify-full").expect("ok").mode, TlsMode::VerifyFull);
        assert_eq!(settings("mysql://h/db?ssl-mode=VERIFY_IDENTITY").expect("ok").mode, TlsMode::VerifyFull);
        assert_eq!(settings("mysql://h/db?ssl-mode=REQUIRED").expect("ok").mode, TlsMode::Require);
        assert_eq!(settings("mysql://h/db?ssl-mode=VERIFY_CA").expect("ok").mode, TlsMode::VerifyCa);
        assert!(settings("postgres://h/db?sslmode=sometimes").expect_err("an error").contains("sslmode=sometimes"));
        assert!(settings("postgres://h/db?sslrootcert=/nonexistent/ca.pem").expect_err("an error").contains("no such file"));
    }

    #[test]
    fn a_root_file_without_certificates_is_an_error() {
        let dir = tempfile::tempdir().expect("ok");
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, "not a certificate\n").expect("ok");
        let s = settings(&format!("postgres://h/db?sslrootcert={}", path.display())).expect("ok");
        assert!(s.client_config().expect_err("an error").contains("no PEM certificate"));
    }
}
