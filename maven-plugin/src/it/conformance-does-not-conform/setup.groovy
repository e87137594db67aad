// A server that answers 204 to every request, whatever it is: it accepts valid activities and everything the
// contract says must be rejected. It runs in the invoker's JVM until verify.groovy stops it.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
  exchange.requestBody.bytes
  exchange.sendResponseHeaders(204, -1)
  exchange.close()
}
server.start()
System.properties.put('handlekit.it.acceptAllServer', server)
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('ACCEPT_ALL_PORT', String.valueOf(server.address.port))
return true
