using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace GiveBack.Cluster;

/// <summary>
/// Mutual TLS on the silo's connections: each silo proves itself with the cluster's certificate and accepts only a
/// peer that presents a certificate it knows by thumbprint (its own, or one listed in
/// <see cref="ClusterTlsOptions.AllowedThumbprints"/>). A certificate that merely chains to a public CA is not enough:
/// anyone can get one of those, and a peer silo may call every grain.
/// </summary>
internal static class ClusterTls
{
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTlsOptions options)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Cluster:Tls:CertificatePath ({options.CertificatePath}) holds no private key.");
        }

        var known = options.AllowedThumbprints.Select(Normalize).Append(Thumbprint(certificate)).ToHashSet(StringComparer.Ordinal);
        return silo.UseTls(certificate, tls =>
        {
            tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            // Pinning replaces name and chain checks: silos reach each other by IP address, and the certificate is
            // usually self-signed for the cluster alone.
            tls.RemoteCertificateValidation = (remote, _, _) => known.Contains(Thumbprint(remote));
        });
    }

    private static string Thumbprint(X509Certificate2 certificate) =>
        Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));

    private static string Normalize(string thumbprint) =>
        thumbprint.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
