using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GiveBack.Cluster.Tests.Support;

/// <summary>Self-signed certificates written as password-protected .pfx files, as an operator would hand them to silos.</summary>
public sealed class TestCertificates : IDisposable
{
    public const string Password = "cluster-test";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("giveback-tls-");

    /// <summary>Creates a certificate usable for both ends of a silo connection and returns its .pfx path.</summary>
    public (string Path, X509Certificate2 Certificate) Create(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false)); // server and client auth
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_folder.FullName, name + ".pfx");
        File.WriteAllBytes(path, created.Export(X509ContentType.Pfx, Password));
        return (path, X509CertificateLoader.LoadPkcs12FromFile(path, Password));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
