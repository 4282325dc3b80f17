// Original file: ../../protos/chainbridge/payment/v1/payment.proto


/**
 * Request of GetSignedTreeHead.
 */
export interface GetSignedTreeHeadRequest {
}

/**
 * Request of GetSignedTreeHead.
 */
export interface GetSignedTreeHeadRequest__Output {
}
