namespace GiveBack.Cluster;

/// <summary>
/// The "Cluster:Tls" section: the certificate a silo presents to the other silos and requires from them. Set
/// <see cref="CertificatePath"/> to turn TLS on; every silo of the cluster then needs it.
/// </summary>
public sealed class ClusterTlsOptions
{
    /// <summary>A PKCS#12 (.pfx) file holding the silo's certificate and its private key. Empty: no TLS.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the .pfx file, if it has one (give it through an environment variable or secret store).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// SHA-256 thumbprints (hex) of the other certificates a peer silo may present, besides this silo's own: for a
    /// cluster whose silos have one certificate each, or while a certificate is being rotated.
    /// </summary>
    public IList<string> AllowedThumbprints { get; } = [];

    /// <summary>Whether TLS is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
