import { X509Certificate } from "node:crypto";
import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** Self-signed examples, valid until 2126 and expired since February 2020. */
const VALID_PEM = `-----BEGIN CERTIFICATE-----
MIIBmjCCAT+gAwIBAgIUEr6MYdrC2PH0IYVzb1AlvJhAvr8wCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWcGFsaXNhZGUtZXhhbXBsZS12YWxpZDAgFw0yNjExMjgxNTE4
MDFaGA8yMTI2MTEwNDE1MTgwMVowITEfMB0GA1UEAwwWcGFsaXNhZGUtZXhhbXBs
ZS12YWxpZDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABKjfhqhWRYAf5c1BPnl0
T2f1J6f8MELuPVN1FBjD6ElIkr+6/V7PtsSniKNbbex+D16JE8ChPlBybCs9XgHF
Vd2jUzBRMB0GA1UdDgQWBBSLS/EO9q85ybb2iLijb3IrcNgl6DAfBgNVHSMEGDAW
gBSLS/EO9q85ybb2iLijb3IrcNgl6DAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0kAMEYCIQDb9B28gVYazu8tt/3r8GB8AnlJWRdAJInVgpuQOmvKfQIhAPhI
hI3o/MyP1GRa/kQTyZuV3zfSMZOKOnk19crsbIMx
-----END CERTIFICATE-----`;
const EXPIRED_PEM = `-----BEGIN CERTIFICATE-----
MIIBLTCB1AIBATAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhwYWxpc2FkZS1leGFt
cGxlLWV4cGlyZWQwHhcNMjAwMTAxMDAwMDAwWhcNMjAwMjAxMDAwMDAwWjAjMSEw
HwYDVQQDDBhwYWxpc2FkZS1leGFtcGxlLWV4cGlyZWQwWTATBgcqhkjOPQIBBggq
hkjOPQMBBwNCAASo34aoVkWAH+XNQT55dE9n9Sen/DBC7j1TdRQYw+hJSJK/uv1e
z7bEp4ijW23sfg9eiRPAoT5QcmwrPV4BxVXdMAoGCCqGSM49BAMCA0gAMEUCIHwp
vvVj35ytSKu+zmVJZ3hDWl/JXZaGP+2QCL9pVp2vAiEAxZBokqKzYeXH5sRM/Y4Z
CMgRry/gxxbW8xT8LLK5Vdc=
-----END CERTIFICATE-----`;

function expiry(props: Record<string, unknown>): { at?: number; from: string } {
  const body = props.certificateBody;
  if (typeof body === "string" && body.trim() !== "") {
    try {
      const at = Date.parse(new X509Certificate(body).validTo);
      return Number.isFinite(at) ? { at, from: "certificateBody" } : { from: "certificateBody" };
    } catch {
      return { from: "certificateBody" };
    }
  }
  const expiration = props.expiration;
  const at = typeof expiration === "string" ? Date.parse(expiration) : Number.NaN;
  return Number.isFinite(at) ? { at, from: "expiration" } : { from: "certificateBody" };
}

/**
 * IAM server certificates (used by CloudFront and classic load balancers before ACM) do not renew; an
 * expired one left in IAM can be attached by mistake and breaks clients that trust it.
 */
export const iamServerCertificateNotExpired = defineControl({
  id: "aws-iam-server-certificate-not-expired",
  title: "Expired SSL/TLS certificates are removed from IAM",
  rationale:
    "An expired server certificate deployed to a load balancer or distribution causes outages and trains users to click through certificate warnings; IAM keeps them until deleted.",
  severity: "low",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/serverCertificate:ServerCertificate"],
  frameworks: {
    "cis-aws-7.0": ["2.17"],
    "cis-aws-3.0": ["1.19"],
    "aws-fsbp": ["IAM.26"],
    "nist-800-53-r5": ["SC-12", "SC-23(5)", "CM-6"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1.1"],
  },
  remediation: "Delete the expired aws.iam.ServerCertificate (move to AWS Certificate Manager, which renews certificates automatically).",
  enforcementLevel: "advisory",
  tags: ["encryption-in-transit", "certificates"],
  check: (r) => {
    const { at, from } = expiry(r.props);
    if (at === undefined) return fail(from, `${from} is not a readable PEM certificate; upload a valid certificate`);
    return at > Date.now()
      ? pass()
      : fail(from, `the certificate expired on ${new Date(at).toISOString().slice(0, 10)}; delete it and use an ACM certificate`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/serverCertificate:ServerCertificate",
          props: { name: "site", certificateBody: VALID_PEM, privateKey: "redacted" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/serverCertificate:ServerCertificate",
          props: { name: "old", certificateBody: EXPIRED_PEM, privateKey: "redacted" },
        },
      ],
      [{ type: "aws:iam/serverCertificate:ServerCertificate", props: { name: "state", expiration: "2021-03-01T00:00:00Z" } }],
    ],
  },
});
