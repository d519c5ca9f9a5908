import { X509Certificate } from "node:crypto";
import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const MIN_RSA_BITS = 2048;

/**
 * Requested certificates name their key in keyAlgorithm (default RSA_2048). An imported certificate's key
 * is read from certificateBody, which is public (the private key is never read).
 */
export const acmCertificateRsaKeyLength = defineControl({
  id: "aws-acm-certificate-rsa-key-length",
  title: "ACM certificates with RSA keys use at least 2048 bits",
  rationale:
    "1024-bit RSA keys are within reach of well-funded attackers and are rejected by current browsers and TLS policies; a certificate on such a key protects nothing it terminates.",
  severity: "high",
  cloud: "aws",
  service: "acm",
  resourceTypes: ["aws:acm/certificate:Certificate"],
  frameworks: {
    "aws-fsbp": ["ACM.2"],
    "nist-800-53-r5": ["SC-12", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation:
    'Request the certificate with keyAlgorithm "RSA_2048" (or "EC_prime256v1"), or re-issue the imported certificate on a key of 2048 bits or more.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "certificates"],
  check: (r) => {
    const body = r.props.certificateBody;
    if (typeof body === "string" && body.trim() !== "") {
      let bits: number | undefined;
      let type: string | undefined;
      try {
        const key = new X509Certificate(body).publicKey;
        type = key.asymmetricKeyType;
        bits = key.asymmetricKeyDetails?.modulusLength;
      } catch {
        return cannotEvaluate("certificateBody", "certificateBody is not a PEM certificate, so its key length cannot be read");
      }
      if (type === "rsa" && bits !== undefined && bits < MIN_RSA_BITS) {
        return fail(
          "certificateBody",
          `the imported certificate has a ${bits}-bit RSA key; re-issue it on a key of at least ${MIN_RSA_BITS} bits`,
        );
      }
      return pass();
    }
    const algorithm = r.props.keyAlgorithm;
    return algorithm === "RSA_1024" ? fail("keyAlgorithm", 'keyAlgorithm is "RSA_1024"; use "RSA_2048" or an EC key') : pass();
  },
  examples: {
    compliant: [
      [{ type: "aws:acm/certificate:Certificate", props: { domainName: "app.example.com", validationMethod: "DNS" } }],
      [
        {
          type: "aws:acm/certificate:Certificate",
          props: { domainName: "app.example.com", validationMethod: "DNS", keyAlgorithm: "EC_prime256v1" },
        },
      ],
      [
        {
          type: "aws:acm/certificate:Certificate",
          props: {
            certificateBody:
              "-----BEGIN CERTIFICATE-----\nMIIBiDCCAS+gAwIBAgIUS/u9SCyOsn3z6EiHTIfX4VeciG0wCgYIKoZIzj0EAwIw\nGjEYMBYGA1UEAwwPYXBwLmV4YW1wbGUuY29tMB4XDTI2MTIwNDE3NTIyNFoXDTM2\nMTIwMTE3NTIyNFowGjEYMBYGA1UEAwwPYXBwLmV4YW1wbGUuY29tMFkwEwYHKoZI\nzj0CAQYIKoZIzj0DAQcDQgAEX0LdVsigRK2z/wM0oeO9s1pxC6K8vNhptDrw/xAn\n+SHRVeiE2P7vEg+i4pvJ16dugbbFqi8PV7B7XG5IE4wJ66NTMFEwHQYDVR0OBBYE\nFN6YLU0Ma8+i0C/Lg2c3zTubLuojMB8GA1UdIwQYMBaAFN6YLU0Ma8+i0C/Lg2c3\nzTubLuojMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgU2VTjpZ2\neaTCks/4LBSrfQFvmydlqf+ISOsuh4ElCwICIF08jnm0/NP68bRYz5NY5x/cWkTT\nM5Bmy5xytPxDmWa2\n-----END CERTIFICATE-----",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:acm/certificate:Certificate",
          props: {
            certificateBody:
              "-----BEGIN CERTIFICATE-----\nMIICFjCCAX+gAwIBAgIUYXAOJJD56ZJFhC16PJFWHNrQ8M4wDQYJKoZIhvcNAQEL\nBQAwHTEbMBkGA1UEAwwSbGVnYWN5LmV4YW1wbGUuY29tMB4XDTI2MTIwNDE3NTIy\nNFoXDTM2MTIwMTE3NTIyNFowHTEbMBkGA1UEAwwSbGVnYWN5LmV4YW1wbGUuY29t\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDD4QfLPMUsZHl85GyCXtXXqcJM\neEEC3fWNSQTd95JTRR58jnEXdkKWELT0nnINTWt31zsUsgt0fw7KcLu0UVL3YeWG\nP2Gm/Vzlz1PZddwcHZgAdQPzOlEVOLuKmloxj5wyKvdAZenmAD50NSKQHMaPVsuc\n4tAmZX4VSwIpR2iR3QIDAQABo1MwUTAdBgNVHQ4EFgQU8KBALfG3ztaZ/oHzz6jh\nZz1BjX4wHwYDVR0jBBgwFoAU8KBALfG3ztaZ/oHzz6jhZz1BjX4wDwYDVR0TAQH/\nBAUwAwEB/zANBgkqhkiG9w0BAQsFAAOBgQCCTLcl+CIX62qb56hmDs3aJmrQqJQV\nAK4fStp8wWs6cV30KrihnE7oXwtyvvTD9zRz4bY5Y66n0OkVw/T7KdI6trxKSAhg\n6AxqD/cE17Cz1Tj/eEkuHcyIuMfw843D4I1a3SgBMhWrkc1+ws1HEordNt0j9hg8\nDsegkjJfNnRNDw==\n-----END CERTIFICATE-----",
          },
        },
      ],
      [{ type: "aws:acm/certificate:Certificate", props: { domainName: "old.example.com", keyAlgorithm: "RSA_1024" } }],
    ],
  },
});
