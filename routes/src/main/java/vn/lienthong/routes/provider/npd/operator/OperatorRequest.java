package vn.lienthong.routes.provider.npd.operator;

import java.sql.SQLException;

/** One kind of operator request (list held updates, accept one, replay dead letters, ...). */
interface OperatorRequest {

    OperatorAnswer answer(OperatorCall call) throws SQLException;
}
